# How the saved results can be sorted.

last-changed = Last changed
newest-first = Newest first
title-a-to-z = Title, A to Z
highest-score = Highest score
