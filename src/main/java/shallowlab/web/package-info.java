/** The web layer: controllers that parse a request, call one service and render a view model or JSON. */
package shallowlab.web;
