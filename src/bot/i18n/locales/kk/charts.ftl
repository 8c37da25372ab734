## Charts
country-chart = 📈 Диаграмма
chart-empty = Диаграммаға әзірге дерек жоқ.
chart-country-title = { $name }: ынтымақтастық, тоқсан бойынша жазбалар
chart-overview-title = coopwatch: жарияланған жазбалар және тексеру кезегі
chart-overview-items = Тоқсан бойынша жарияланған жазбалар
chart-overview-backlog = Тексеруді күтіп тұрған жазбалар, күн сайын (қазір { $count })
chart-backlog-description = Әр күннің соңында тексеруді күтіп тұрған жазбалар, { $from } – { $to }.
chart-span = { $from }–{ $to } · { $count } жазба
chart-quarter = { $year }, { $quarter }-тоқсан
chart-bar = { $period }: { $count } жазба
chart-timeline-description = Тоқсан бойынша бағандар, жазба түрлеріне бөлінген, { $from } – { $to }.
