# Beth y gall heriau ac enghreifftiau ffeil fframwaith fod, fel y mae problem yn dweud beth yr
# oedd yn ei ddisgwyl. Enwau meysydd y ffeil yw'r geiriau mewn dyfynodau.

challenge-expected = her: testun, neu wrthrych gyda "challenge" a "mitigations"
example-expected = enghraifft: testun, neu wrthrych gyda "kind", "text" a "source"
