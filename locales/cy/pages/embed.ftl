# Y dudalen sy'n ysgrifennu'r cod y mae cyngor yn ei ludo yn ei dudalen fewnrwyd.

back = Yn ôl
heading = Rhowch Almanac ar eich mewnrwyd
# UNSURE: "rhan gwe mewnosod yn SharePoint" am "a SharePoint embed web part"
paste = Gludwch y cod isod i dudalen ar eich mewnrwyd (rhan gwe mewnosod yn SharePoint neu floc HTML mewn CMS). Yna bydd Almanac yn ymddangos y tu mewn i'r dudalen honno heb ei bennyn a'i droedyn ei hun, yn lliw eich cyngor, a bydd y ffrâm yn tyfu ac yn crebachu i'w ffitio.
answers-stay = Mae atebion yn aros ym mhorwr pob unigolyn. Y tu mewn i dudalen gwefan arall, mae porwyr yn eu cadw ar wahân i Almanac pan gaiff ei agor ar ei ben ei hun, neu'n rhwystro cadw yn gyfan gwbl; mae Almanac yn dweud wrth bobl pan fydd hynny'n digwydd, ac mae llwytho canlyniad i lawr bob amser yn gweithio.
mode-heading = Beth ddylai'r dudalen ei ddangos?
mode-quick = Y gwiriad cyflym
mode-quick-hint = 12 cwestiwn i unrhyw un, gyda chanlyniad a chamau nesaf.
mode-full = Yr offeryn cyfan
mode-full-hint = Gwiriad cyflym, asesiadau llawn, canlyniadau a chynlluniau gweithredu, gyda dewislen Almanac.
language-heading = Ym mha iaith y dylai Almanac agor?
language-hint = Gall pobl newid yr iaith o'r bar ar y brig o hyd.
# Pob iaith wedi'i henwi ynddi hi ei hun, fel mewn dewis iaith: yr un fath yn y ddwy ffeil.
language-english = English
language-welsh = Cymraeg
brand-label = Lliw eich cyngor (dewisol)
brand-hint = Chwe digid hecsadegol, fel 1d70b8. Mae botymau a'r bar ar y brig yn ei ddefnyddio gyda thestun gwyn, felly os yw lliw yn rhy olau ar gyfer hynny caiff ei dywyllu nes ei fod yn bodloni gofynion cyferbyniad WCAG.
logo-label = Enw eich cyngor (dewisol)
logo-hint = Caiff ei ddangos ar y brig, lle byddai logo. Hyd at 60 nod, er enghraifft “Cyngor Bwrdeistref Unrhyw Dref”.
# Mae { $problem } yn dweud pa mor hir yw'r enw a pha mor hir y gall fod.
logo-too-long = Mae'r enw'n rhy hir: { $problem }
code-heading = Y cod
code-label = Copïwch hwn i'ch tudalen fewnrwyd
copy = Copïo'r cod
copied = Mae'r cod wedi'i gopïo.
copy-refused = Nid oedd eich porwr yn caniatáu copïo: dewiswch y cod yn y blwch a'i gopïo.
fix-first = Cywirwch y lliw neu'r enw uchod i weld y cod.
what-heading = Beth mae'r cod yn ei wneud
# O amgylch y geiriau sandbox ac allow-downloads, sy'n aros yn Saesneg (cod ydynt).
# UNSURE: trefn y frawddeg o amgylch y ddau ddarn o god
sandbox-before = Mae{ " " }
sandbox-middle = { " " }y ffrâm yn gadael i Almanac redeg, cadw yn y porwr lle caniateir hynny, a llwytho ffeiliau i lawr (
sandbox-after = ), fel y gall pobl gadw eu canlyniad bob amser.
# O amgylch llinell o god, { type: "almanac:resize", height }, sy'n aros fel y mae.
resize-before = Mae Almanac yn anfon{ " " }
resize-after = { " " }at y dudalen pryd bynnag y bydd ei uchder yn newid; mae'r ychydig linellau o sgript yn gosod y ffrâm i'r uchder hwnnw. Dim ond gan y ffrâm a'r cyfeiriad y cafodd ei llwytho ohono y maent yn derbyn y neges.
nothing-sent = Nid oes dim yn cael ei anfon at Almanac nac at neb arall: dim ond ffeiliau Almanac y mae'r dudalen yn eu llwytho.
preview-heading = Rhagolwg
preview-title = Rhagolwg o Almanac fel y bydd yn ymddangos yn eich tudalen
