# Beneath every chart: the button that downloads it (the chart's own description follows it,
# hidden, for screen readers).

download-chart = Download this chart as a PNG image
