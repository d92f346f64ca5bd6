# Typing in one service's figures for one period, a group of fields for each channel
# (src/pages/service_figures.rs). The fields' labels are in performance-entry.ftl and
# performance-data.ftl. { $channel } is a channel's name, such as "Phone".

problem = There is a problem
back = Back to { $service }
heading = Figures for { $period }
unsaved = Your changes are kept on this device as you type, but they are not used until you save them.{ " " }
discard = Discard the changes
guidance = Enter what you know for each channel and leave the rest blank: a blank is shown as “No data”, never as 0, and a channel left blank is not known. If the service was not offered on a channel in this period, tick “Not offered”: only then does it count as none. Give either the total cost or the cost per transaction.
save = Save figures
cancel = Cancel
started-hint = Digital transactions begun, finished or not
unit-cost-hint = Only if you do not have the total cost
digital-legend = { $channel } (digital)
not-offered = { $channel } was not offered for this service in this period
survey-legend = { $channel }: satisfaction survey responses
survey-hint = How many people gave each answer. Leave all five blank if nobody was asked.
three-point-summary = { $channel }: the survey used a three-point scale
three-point-hint = Give these instead of the five above when people were asked to choose from three answers.
# Before an error message, for screen readers only.
error-prefix = Error:{ " " }
