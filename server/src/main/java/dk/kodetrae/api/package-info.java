/**
 * The REST API under {@code /api/v1} (Jersey on Grizzly) and the static web page. Resources only translate HTTP
 * to calls on {@link dk.kodetrae.project.Project}; {@link dk.kodetrae.api.ApiApplication#create} is the one
 * {@code ResourceConfig} used by {@code main} and by the tests.
 */
package dk.kodetrae.api;
