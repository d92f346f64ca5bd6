# How the action plan is ranked and how its phases are named (src/components/plan_options.rs).

ranking-legend = Rank the plan by
ranking-hint = Choosing a rule re-ranks the whole plan, including items you moved.
phasing-legend = Name the phases as
phasing-hint = Items already in a phase move to the nearest phase of the other kind.
