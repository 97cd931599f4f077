// Interface text of the page shell and the walking skeleton. One file per feature, so features
// add their own text without touching each other's files; i18n.svelte.ts merges them.
export const core = {
	en: {
		'app.title': 'Splinter',
		'app.summary':
			'{organizations, plural, one {# organization} other {# organizations}}, {relations, plural, one {# relation} other {# relations}}',
		'app.loadingDefault': 'Loading the default dataset…',
		'app.fetchFailed':
			'The default dataset could not be loaded: {name} answered HTTP {status}. Reload the page to try again.',
		'graph.label': 'Network graph of organizations',
		'graph.keys':
			'Arrow keys move the view, + and − zoom, 0 shows the whole graph. The Table tab lists the same organizations.',
		'graph.region': 'Graph',
		'layout.run': 'Run layout',
		'layout.stop': 'Stop layout',
		'layout.running':
			'Layout running ({iterations, plural, one {# iteration} other {# iterations}})',
		'layout.stopped': 'Layout stopped',
		'details.label': 'Details',
		'details.hint': 'Click an organization in the graph to see its details.',
		'details.kind': 'Kind',
		'details.founded': 'Founded',
		'details.dissolved': 'Dissolved',
		'details.close': 'Close details',
		'sidebar.label': 'Time and filters',
		'drawer.label': 'Views',
		'drawer.about': 'About',
		'drawer.aboutText':
			'Splinter shows how organizations relate: splits, mergers, coalitions, co-signed statements.'
	},
	ru: {
		'app.title': 'Splinter',
		'app.summary':
			'{organizations, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}, {relations, plural, one {# связь} few {# связи} many {# связей} other {# связи}}',
		'app.loadingDefault': 'Загрузка набора данных по умолчанию…',
		'app.fetchFailed':
			'Не удалось загрузить набор данных по умолчанию: {name} ответил HTTP {status}. Перезагрузите страницу, чтобы попробовать снова.',
		'graph.label': 'Граф связей организаций',
		'graph.keys':
			'Стрелки сдвигают вид, + и − меняют масштаб, 0 показывает весь граф. Вкладка «Таблица» перечисляет те же организации.',
		'graph.region': 'Граф',
		'layout.run': 'Запустить укладку',
		'layout.stop': 'Остановить укладку',
		'layout.running':
			'Укладка идёт ({iterations, plural, one {# итерация} few {# итерации} many {# итераций} other {# итерации}})',
		'layout.stopped': 'Укладка остановлена',
		'details.label': 'Подробности',
		'details.hint': 'Щёлкните организацию на графе, чтобы увидеть подробности.',
		'details.kind': 'Тип',
		'details.founded': 'Основана',
		'details.dissolved': 'Распущена',
		'details.close': 'Закрыть подробности',
		'sidebar.label': 'Время и фильтры',
		'drawer.label': 'Представления',
		'drawer.about': 'О программе',
		'drawer.aboutText':
			'Splinter показывает связи организаций: расколы, слияния, коалиции, совместные заявления.'
	}
} as const;
