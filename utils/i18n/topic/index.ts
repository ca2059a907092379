/** Topics and dataset metrics named in the reader's language: labels from a topic's parts, ru/uk metric texts. */
export { topicLabel, periodLabel, localiseTopic, localiseMatches } from './render';
export { METRIC_TEXTS, metricText, type MetricText, type MetricLanguage } from './metrics';
