# The legend of a chart of scores over time (assessments by date, or a roadmap's phases).

# The line through the overall scores; an area's line is named by the area.
overall = Overall
