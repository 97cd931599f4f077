// Text for unexpected errors (the error boundary and notice).
export const errors = {
	en: {
		'error.title': 'Something went wrong:',
		'error.hint':
			'Your data is safe and the rest of the page still works. Copy the details if you report this.',
		'error.copy': 'Copy details',
		'error.copied': 'Copied',
		'error.close': 'Dismiss',
		'error.pageTitle': 'This view failed to draw',
		'error.pageText': 'An unexpected error stopped the page. The details are in the notice below.',
		'error.reset': 'Try again',
		'error.openDefault': 'Open the default dataset',
		'error.forgetImport': 'Forget imported data and start again'
	},
	ru: {
		'error.title': 'Что-то пошло не так:',
		'error.hint':
			'Ваши данные в сохранности, остальная часть страницы работает. Скопируйте подробности, если будете сообщать об ошибке.',
		'error.copy': 'Скопировать подробности',
		'error.copied': 'Скопировано',
		'error.close': 'Закрыть',
		'error.pageTitle': 'Не удалось отобразить страницу',
		'error.pageText': 'Непредвиденная ошибка остановила страницу. Подробности — в сообщении ниже.',
		'error.reset': 'Попробовать снова',
		'error.openDefault': 'Открыть данные по умолчанию',
		'error.forgetImport': 'Забыть импортированные данные и начать заново'
	}
} as const;
