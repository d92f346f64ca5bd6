# Sut mae'r cynllun gweithredu yn cael ei drefnu a sut mae ei gamau'n cael eu henwi (src/components/plan_options.rs).

ranking-legend = Trefnu'r cynllun yn ôl
ranking-hint = Mae dewis rheol yn aildrefnu'r cynllun cyfan, gan gynnwys eitemau rydych wedi'u symud.
phasing-legend = Enwi'r camau fel
phasing-hint = Mae eitemau sydd eisoes mewn cam yn symud i'r cam agosaf o'r math arall.
