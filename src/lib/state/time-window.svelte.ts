// A year range chosen outside the time control (the histogram brush): the time control follows it,
// and writes its own window back, so both always show the same range.
class TimeWindow {
	range = $state<[number, number] | null>(null);
}

export const timeWindow = new TimeWindow();
