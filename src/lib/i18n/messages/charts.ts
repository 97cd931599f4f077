// Interface text of the charts (membership figures and congress frequency), the congress interval
// figures in the Details panel and the table, and the charts' empty states.
export const charts = {
	en: {
		'charts.tab': 'Charts',
		'charts.downloadCsv': 'Download CSV',
		'charts.downloadSvg': 'Download SVG',
		'charts.downloadCsvOf': 'Download the data of “{chart}” as CSV',
		'charts.downloadSvgOf': 'Download “{chart}” as an SVG drawing',
		'charts.dataTable': 'Data table',
		'charts.organization': 'Organization',

		'charts.membership.title': 'Membership',
		'charts.membership.axis': 'Members (latest figure)',
		'charts.membership.axisLog': 'Members (latest figure, log scale)',
		'charts.membership.figureLegend': 'Figures',
		'charts.membership.kindLegend': 'Kinds',
		'charts.membership.without':
			'Organizations shown without a membership figure (not in the chart): {count}.',
		'charts.membership.logNote':
			'The figures span more than two orders of magnitude, so the axis is logarithmic: each step is ten times the one before.',
		'charts.membership.expandHint':
			'▸ opens a line of members over time where there are several dated figures.',
		'charts.membership.bar':
			'{name}: {members, plural, one {# member} other {# members}}, {figure}, {date}. Source: {source}',
		'charts.membership.noSource': 'none given',
		'charts.membership.value': '{members} ({date})',
		'charts.membership.expand': 'Members of {name} over time',
		'charts.membership.point':
			'{date}: {members, plural, one {# member} other {# members}} ({figure})',
		'charts.membership.latest': 'Latest figure',
		'charts.membership.date': 'Date',
		'charts.membership.figure': 'Kind of figure',
		'charts.membership.figures': 'Figures',
		'charts.membership.source': 'Source',
		'charts.membership.caption': 'Latest membership figure of each organization shown',
		'charts.membership.noData': 'No membership data: add a membership table (see data/README.md).',
		'charts.membership.rejected':
			'The membership table has no usable rows: see the Import report for why each was skipped.',
		'charts.membership.noneShown':
			'No organization shown has a membership figure; {count, plural, one {# hidden by time or filters has one} other {# hidden by time or filters have one}}.',

		'charts.congress.title': 'Congresses and conferences per year',
		'charts.congress.axisX': 'Year',
		'charts.congress.axisY': 'Events',
		'charts.congress.brushHint':
			'Drag across the years to set the graph’s time window; click beside the selection to clear it. From the keyboard, use the Time control with the filters.',
		'charts.congress.undated': 'Events without a date (in no bin): {count}.',
		'charts.congress.context': 'Grey: events of organizations hidden by time or filters.',
		'charts.congress.segment': '{year}: {name}, {count, plural, one {# event} other {# events}}',
		'charts.congress.caption': 'Congresses and conferences per year, by organization',
		'charts.congress.year': 'Year',
		'charts.congress.events': 'Events',
		'charts.congress.organizations': 'Organizations',
		'charts.congress.noData': 'No congress data: add a congresses table (see data/README.md).',
		'charts.congress.rejected':
			'The congresses table has no usable rows: see the Import report for why each was skipped.',
		'charts.congress.noDates':
			'{count, plural, one {The one congress or conference shown has no date, so it cannot be placed on the years axis.} other {None of the # congresses and conferences shown has a date, so none can be placed on the years axis.}}',
		'charts.congress.noneShown':
			'No organization shown held a recorded congress; {count, plural, one {# event belongs} other {# events belong}} to organizations hidden by time or filters.',

		'charts.timeline.title': 'Congresses of each organization',
		'charts.timeline.caption': 'Congresses and conferences of each organization, with intervals',
		'charts.timeline.row':
			'{name}: {count, plural, one {# event} other {# events}}, {first} – {last}; mean interval {mean, plural, one {# year} other {# years}}; longest {longest, plural, one {# year} other {# years}} ({from} – {to})',
		'charts.timeline.rowShort': '{name}: {count, plural, one {# event} other {# events}}',
		'charts.timeline.events': 'Events: {count}',
		'charts.timeline.undated': '{count} undated',
		'charts.timeline.stats': 'mean {mean} · longest {longest} y',
		'charts.timeline.first': 'First',
		'charts.timeline.last': 'Last',
		'charts.timeline.dates': 'Dates',

		'intervals.mean': 'Mean congress interval (years)',
		'intervals.longest': 'Longest congress interval (years)',
		'intervals.summary':
			'Mean interval {mean, plural, one {# year} other {# years}}; longest {longest, plural, one {# year} other {# years}} ({from} – {to}).'
	},
	ru: {
		'charts.tab': 'Диаграммы',
		'charts.downloadCsv': 'Скачать CSV',
		'charts.downloadSvg': 'Скачать SVG',
		'charts.downloadCsvOf': 'Скачать данные диаграммы «{chart}» в CSV',
		'charts.downloadSvgOf': 'Скачать диаграмму «{chart}» в SVG',
		'charts.dataTable': 'Таблица данных',
		'charts.organization': 'Организация',

		'charts.membership.title': 'Численность',
		'charts.membership.axis': 'Членов (последние данные)',
		'charts.membership.axisLog': 'Членов (последние данные, логарифмическая шкала)',
		'charts.membership.figureLegend': 'Данные',
		'charts.membership.kindLegend': 'Типы',
		'charts.membership.without':
			'Показанных организаций без данных о численности (нет на диаграмме): {count}.',
		'charts.membership.logNote':
			'Значения различаются более чем на два порядка, поэтому шкала логарифмическая: каждое деление в десять раз больше предыдущего.',
		'charts.membership.expandHint':
			'▸ открывает линию численности по годам, если датированных значений несколько.',
		'charts.membership.bar':
			'{name}: {members, plural, one {# член} few {# члена} many {# членов} other {# члена}}, {figure}, {date}. Источник: {source}',
		'charts.membership.noSource': 'не указан',
		'charts.membership.value': '{members} ({date})',
		'charts.membership.expand': 'Численность: {name} по годам',
		'charts.membership.point':
			'{date}: {members, plural, one {# член} few {# члена} many {# членов} other {# члена}} ({figure})',
		'charts.membership.latest': 'Последние данные',
		'charts.membership.date': 'Дата',
		'charts.membership.figure': 'Характер данных',
		'charts.membership.figures': 'Значений',
		'charts.membership.source': 'Источник',
		'charts.membership.caption': 'Последние данные о численности показанных организаций',
		'charts.membership.noData':
			'Нет данных о численности: добавьте таблицу численности (см. data/README.md).',
		'charts.membership.rejected':
			'В таблице численности нет пригодных строк: причины — в отчёте об импорте.',
		'charts.membership.noneShown':
			'Ни у одной показанной организации нет данных о численности; они есть у {count, plural, one {# организации} few {# организаций} many {# организаций} other {# организации}}, скрытых временем или фильтрами.',

		'charts.congress.title': 'Съезды и конференции по годам',
		'charts.congress.axisX': 'Год',
		'charts.congress.axisY': 'События',
		'charts.congress.brushHint':
			'Протяните по годам, чтобы задать период графа; щелчок рядом с выделением снимает его. С клавиатуры — шкала «Время» рядом с фильтрами.',
		'charts.congress.undated': 'События без даты (ни в одном столбце): {count}.',
		'charts.congress.context': 'Серым: события организаций, скрытых временем или фильтрами.',
		'charts.congress.segment':
			'{year}: {name}, {count, plural, one {# событие} few {# события} many {# событий} other {# события}}',
		'charts.congress.caption': 'Съезды и конференции по годам и организациям',
		'charts.congress.year': 'Год',
		'charts.congress.events': 'События',
		'charts.congress.organizations': 'Организации',
		'charts.congress.noData':
			'Нет данных о съездах: добавьте таблицу съездов (см. data/README.md).',
		'charts.congress.rejected':
			'В таблице съездов нет пригодных строк: причины — в отчёте об импорте.',
		'charts.congress.noDates':
			'{count, plural, =1 {У показанного съезда или конференции нет даты, поэтому его нельзя разместить на оси лет.} one {Ни у одного из # показанного съезда и конференции нет даты, поэтому их нельзя разместить на оси лет.} few {Ни у одного из # показанных съездов и конференций нет даты, поэтому их нельзя разместить на оси лет.} many {Ни у одного из # показанных съездов и конференций нет даты, поэтому их нельзя разместить на оси лет.} other {Ни у одного из # показанных съездов и конференций нет даты, поэтому их нельзя разместить на оси лет.}}',
		'charts.congress.noneShown':
			'Ни одна показанная организация не проводила записанных съездов; {count, plural, one {# событие относится} few {# события относятся} many {# событий относятся} other {# события относятся}} к организациям, скрытым временем или фильтрами.',

		'charts.timeline.title': 'Съезды каждой организации',
		'charts.timeline.caption': 'Съезды и конференции каждой организации и промежутки между ними',
		'charts.timeline.row':
			'{name}: {count, plural, one {# событие} few {# события} many {# событий} other {# события}}, {first} – {last}; средний промежуток {mean, plural, one {# год} few {# года} many {# лет} other {# года}}; самый долгий {longest, plural, one {# год} few {# года} many {# лет} other {# года}} ({from} – {to})',
		'charts.timeline.rowShort':
			'{name}: {count, plural, one {# событие} few {# события} many {# событий} other {# события}}',
		'charts.timeline.events': 'Событий: {count}',
		'charts.timeline.undated': 'без даты: {count}',
		'charts.timeline.stats': 'в среднем {mean} · макс. {longest} г.',
		'charts.timeline.first': 'Первое',
		'charts.timeline.last': 'Последнее',
		'charts.timeline.dates': 'Даты',

		'intervals.mean': 'Средний промежуток между съездами (лет)',
		'intervals.longest': 'Самый долгий промежуток между съездами (лет)',
		'intervals.summary':
			'Средний промежуток {mean, plural, one {# год} few {# года} many {# лет} other {# года}}; самый долгий {longest, plural, one {# год} few {# года} many {# лет} other {# года}} ({from} – {to}).'
	}
};
