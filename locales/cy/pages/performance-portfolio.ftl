# Y dangosyddion y mae'r dangosfwrdd perfformiad gwasanaethau yn eu hadrodd.

volume = Trafodion a gwblhawyd
cost-per-transaction = Cost fesul trafodiad
satisfaction = Bodlonrwydd defnyddwyr
completion-rate = Cyfradd cwblhau
take-up = Defnydd digidol
