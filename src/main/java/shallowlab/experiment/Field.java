package shallowlab.experiment;

import java.util.List;

/**
 * One form field: the parameter's key, the text to show (canonical, or as submitted when it was rejected),
 * the default, the options of a select box (empty for free input) and the error message, or null.
 */
public record Field(String key, String value, String defaultValue, List<String> options, String error) {}
