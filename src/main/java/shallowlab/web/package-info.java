/**
 * The web layer's shared infrastructure: the controller interface, errors and their envelope, security headers,
 * the request log, the Thymeleaf renderer, page data, the experiment form's model and per-client runs. Each feature
 * lives in a sub-package of its own ({@code lab}, {@code compare}, {@code saved}, {@code learn}); see
 * docs/ARCHITECTURE.md.
 */
package shallowlab.web;
