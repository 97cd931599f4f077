// Interface text of the page around the graph: panels and their sizes, preferences (language,
// theme, names), Undo, help (keyboard shortcuts, about this data) and the first-run guidance.
export const interfaceText = {
	en: {
		'app.busy': 'Working…',
		'busy.communities': 'Finding communities…',
		'busy.projection': 'Building direct ties…',

		'panel.bar': 'Panels',
		'panel.bar.sidebar': 'Filters',
		'panel.bar.details': 'Details',
		'panel.bar.drawer': 'Table & more',
		'panel.hide': 'Hide {name}',
		'panel.show': 'Show {name}',
		'panel.close': 'Close {name}',
		'panel.resize': 'Resize {name}',
		'panel.size': '{size, plural, one {# pixel} other {# pixels}}',
		'panel.resizeHint': 'Drag, or use the arrow keys, to resize; double-click for the default size',

		'dialog.close': 'Close',

		'prefs.language': 'Interface language',
		'prefs.language.en': 'English',
		'prefs.language.ru': 'Русский',
		'prefs.dark': 'Dark theme',

		'display.names': 'Names',
		'display.names.auto': 'As the interface language',
		'display.names.english': 'English',
		'display.names.native': 'Native (original script)',
		'display.names.both': 'Both',

		'undo.label': 'Undo',
		'undo.hint': 'Undo the last change of the view (Ctrl+Z)',

		'shortcuts.open': 'Keyboard shortcuts and help',
		'shortcuts.title': 'Keyboard shortcuts',
		'shortcuts.anywhere': 'Anywhere on the page',
		'shortcuts.help': 'Show this list',
		'shortcuts.search': 'Go to the search box',
		'shortcuts.undo': 'Undo the last change of the view',
		'shortcuts.history': 'Back and forward through changes of the view',
		'shortcuts.escape': 'Clear the selection; close a dialog or panel',
		'shortcuts.paste': 'Import a table copied from a spreadsheet',
		'shortcuts.inSearch': 'In the search box',
		'shortcuts.searchMove': 'Move through the results',
		'shortcuts.searchChoose': 'Select the result',
		'shortcuts.searchClear': 'Close the results, then clear the box',
		'shortcuts.inControls': 'On a focused control',
		'shortcuts.slider': 'Time slider: a year earlier or later; first or last year',
		'shortcuts.tabs': 'Tabs: previous or next tab; first or last',
		'shortcuts.splitter': 'Panel border: make the panel smaller or larger (Shift: faster)',
		'shortcuts.splitterCollapse': 'Panel border: hide the panel',
		'shortcuts.inGraph': 'On the graph (focus it with Tab)',
		'shortcuts.graphMove': 'Move the view',
		'shortcuts.graphZoom': 'Zoom in or out',
		'shortcuts.graphFit': 'Show the whole graph',

		'intro.title': 'Welcome to Splinter',
		'intro.lead':
			'This map shows how organizations of the post-Soviet communist movement relate: who split from whom, merged, joined blocs or signed statements together.',
		'intro.colours':
			'A disc is an organization; its colour is its kind (party, movement, youth…), as the legend under Time and filters lists. Larger discs have more relations.',
		'intro.shapes': 'A ring is a joint statement; a disc with a rim is a bloc or umbrella body.',
		'intro.arrows':
			'A line is a relation, coloured by its type. An arrow points from the one who acted to the one acted on: from the parent to the splinter, from the member to the bloc. Lines without arrows go both ways.',
		'intro.time':
			'The Time control under Time and filters shows the network as of a year or over a period; Play steps through the years.',
		'intro.coloursPhone':
			'A disc is an organization; its colour is its kind (party, movement, youth…), as the legend under Filters lists. Larger discs have more relations.',
		'intro.timePhone':
			'The Time control under Filters shows the network as of a year or over a period; Play steps through the years.',
		'intro.click':
			'Click or tap an organization to see its names, dates, relations and sources. Press ? for keyboard shortcuts.',
		'intro.dismiss': 'Got it',
		'intro.showAgain': 'Show the introduction again',

		'openData.title': 'Open your own data',
		'openData.open': 'Open your own data…',
		'openData.lead':
			'Splinter reads a table saved as CSV or TSV from any spreadsheet, one relation per row. Only the first two columns are required; the others may be left out.',
		'openData.columns': 'Columns of the relations table',
		'openData.column': 'Column',
		'openData.meaning': 'Meaning',
		'openData.example': 'Example',
		'openData.required': 'required',
		'openData.col.source':
			'The organization the relation starts from (a name or an id). Organizations are created from these names.',
		'openData.col.target': 'The organization the relation goes to.',
		'openData.col.type': 'The type of relation: one of these, or a word of your own.',
		'openData.directed': 'Drawn with an arrow:',
		'openData.undirected': 'Without direction:',
		'openData.oneOf': 'One of:',
		'openData.col.start':
			'When the relation began, or the date of the event: 1991, 1991-09 or 1991-09-07.',
		'openData.col.end': 'When it ended (empty: still in force).',
		'openData.col.label': 'A short description.',
		'openData.col.weight': 'How strong the relation is (1 when empty).',
		'openData.col.confidence': 'How sure the source is.',
		'openData.col.source_ref': 'Where the fact comes from; an http(s) address becomes a link.',
		'openData.col.notes': 'Anything else worth knowing.',
		'openData.organizations':
			'To give organizations kinds (colours), native names and dates, add a second file whose ids you use in the first two columns of the relations table, with the columns',
		'openData.more':
			'Congresses and membership figures can come in two more files, as in the default dataset.',
		'openData.formats':
			'Exports of Gephi, Kumu, Onodo and Flourish, and GEXF or GraphML files, are read too. When the columns cannot be recognised, a dialog asks what each one means.',
		'openData.template': 'Download the template (CSV)',
		'openData.choose': 'Choose files…',

		'about.heading': 'About this data',
		'about.englishOnly': 'The dataset documentation is written in English.',
		'about.loading': 'Loading the documentation…',
		'about.yourData':
			'You are viewing your own data, “{name}”. Its import report is in the next tabs; the default dataset and its documentation come back with “Back to the default dataset” in the Data menu.'
	},
	ru: {
		'app.busy': 'Идёт работа…',
		'busy.communities': 'Поиск сообществ…',
		'busy.projection': 'Построение прямых связей…',

		'panel.bar': 'Панели',
		'panel.bar.sidebar': 'Фильтры',
		'panel.bar.details': 'Подробности',
		'panel.bar.drawer': 'Таблица и др.',
		'panel.hide': 'Скрыть панель «{name}»',
		'panel.show': 'Показать панель «{name}»',
		'panel.close': 'Закрыть панель «{name}»',
		'panel.resize': 'Изменить размер панели «{name}»',
		'panel.size':
			'{size, plural, one {# пиксель} few {# пикселя} many {# пикселей} other {# пикселя}}',
		'panel.resizeHint':
			'Перетащите или нажимайте стрелки, чтобы изменить размер; двойной щелчок — исходный размер',

		'dialog.close': 'Закрыть',

		'prefs.language': 'Язык интерфейса',
		'prefs.language.en': 'English',
		'prefs.language.ru': 'Русский',
		'prefs.dark': 'Тёмная тема',

		'display.names': 'Названия',
		'display.names.auto': 'По языку интерфейса',
		'display.names.english': 'Английские',
		'display.names.native': 'Оригинальные',
		'display.names.both': 'Оба варианта',

		'undo.label': 'Отменить',
		'undo.hint': 'Отменить последнее изменение вида (Ctrl+Z)',

		'shortcuts.open': 'Сочетания клавиш и справка',
		'shortcuts.title': 'Сочетания клавиш',
		'shortcuts.anywhere': 'В любом месте страницы',
		'shortcuts.help': 'Показать этот список',
		'shortcuts.search': 'Перейти к поиску',
		'shortcuts.undo': 'Отменить последнее изменение вида',
		'shortcuts.history': 'Назад и вперёд по изменениям вида',
		'shortcuts.escape': 'Снять выделение; закрыть диалог или панель',
		'shortcuts.paste': 'Импортировать таблицу, скопированную из электронной таблицы',
		'shortcuts.inSearch': 'В поле поиска',
		'shortcuts.searchMove': 'Перемещаться по результатам',
		'shortcuts.searchChoose': 'Выбрать результат',
		'shortcuts.searchClear': 'Закрыть результаты, затем очистить поле',
		'shortcuts.inControls': 'На элементе управления в фокусе',
		'shortcuts.slider': 'Шкала времени: на год раньше или позже; первый или последний год',
		'shortcuts.tabs': 'Вкладки: предыдущая или следующая; первая или последняя',
		'shortcuts.splitter': 'Граница панели: уменьшить или увеличить панель (с Shift — быстрее)',
		'shortcuts.splitterCollapse': 'Граница панели: скрыть панель',
		'shortcuts.inGraph': 'На графе (перейти к нему клавишей Tab)',
		'shortcuts.graphMove': 'Сдвинуть вид',
		'shortcuts.graphZoom': 'Увеличить или уменьшить',
		'shortcuts.graphFit': 'Показать весь граф',

		'intro.title': 'Добро пожаловать в Splinter',
		'intro.lead':
			'Эта карта показывает связи организаций постсоветского коммунистического движения: кто от кого откололся, кто с кем слился, входил в блоки или подписывал совместные заявления.',
		'intro.colours':
			'Круг — это организация; его цвет — тип организации (партия, движение, молодёжная…), как в легенде в разделе «Время и фильтры». Чем больше связей, тем больше круг.',
		'intro.shapes': 'Кольцо — совместное заявление; круг с каймой — блок или объединение.',
		'intro.arrows':
			'Линия — это связь, её цвет — тип связи. Стрелка направлена от того, кто действовал, к тому, на кого действие направлено: от материнской организации к отколовшейся, от участника к блоку. Линии без стрелок не имеют направления.',
		'intro.time':
			'Шкала «Время» в разделе «Время и фильтры» показывает сеть на определённый год или за период; кнопка «Воспроизвести» проходит по годам.',
		'intro.coloursPhone':
			'Круг — это организация; его цвет — тип организации (партия, движение, молодёжная…), как в легенде в разделе «Фильтры». Чем больше связей, тем больше круг.',
		'intro.timePhone':
			'Шкала «Время» в разделе «Фильтры» показывает сеть на определённый год или за период; кнопка «Воспроизвести» проходит по годам.',
		'intro.click':
			'Щёлкните или коснитесь организации, чтобы увидеть её названия, даты, связи и источники. Клавиша ? — список сочетаний клавиш.',
		'intro.dismiss': 'Понятно',
		'intro.showAgain': 'Показать введение снова',

		'openData.title': 'Открыть свои данные',
		'openData.open': 'Открыть свои данные…',
		'openData.lead':
			'Splinter читает таблицу, сохранённую в формате CSV или TSV из любой программы электронных таблиц: одна связь в строке. Обязательны только первые два столбца, остальные можно не указывать.',
		'openData.columns': 'Столбцы таблицы связей',
		'openData.column': 'Столбец',
		'openData.meaning': 'Значение',
		'openData.example': 'Пример',
		'openData.required': 'обязательный',
		'openData.col.source':
			'Организация, от которой идёт связь (название или идентификатор). Организации создаются по этим названиям.',
		'openData.col.target': 'Организация, к которой идёт связь.',
		'openData.col.type': 'Тип связи: одно из этих слов или своё.',
		'openData.directed': 'Со стрелкой:',
		'openData.undirected': 'Без направления:',
		'openData.oneOf': 'Одно из:',
		'openData.col.start': 'Когда связь началась, или дата события: 1991, 1991-09 или 1991-09-07.',
		'openData.col.end': 'Когда она закончилась (пусто — действует до сих пор).',
		'openData.col.label': 'Краткое описание.',
		'openData.col.weight': 'Сила связи (если пусто — 1).',
		'openData.col.confidence': 'Насколько уверен источник.',
		'openData.col.source_ref': 'Откуда взят факт; адрес http(s) станет ссылкой.',
		'openData.col.notes': 'Всё, что ещё стоит знать.',
		'openData.organizations':
			'Чтобы задать организациям типы (цвета), оригинальные названия и даты, добавьте второй файл, чьи идентификаторы используются в первых двух столбцах таблицы связей, со столбцами',
		'openData.more':
			'Съезды и численность можно добавить ещё двумя файлами, как в наборе данных по умолчанию.',
		'openData.formats':
			'Читаются также выгрузки Gephi, Kumu, Onodo и Flourish и файлы GEXF и GraphML. Если столбцы не удаётся распознать, диалог спросит, что означает каждый из них.',
		'openData.template': 'Скачать шаблон (CSV)',
		'openData.choose': 'Выбрать файлы…',

		'about.heading': 'Об этих данных',
		'about.englishOnly': 'Документация набора данных написана на английском языке.',
		'about.loading': 'Загрузка документации…',
		'about.yourData':
			'Показаны ваши собственные данные, «{name}». Отчёт об импорте — на соседней вкладке; набор данных по умолчанию и его документация возвращаются командой «Вернуться к набору по умолчанию» в меню «Данные».'
	}
} as const;
