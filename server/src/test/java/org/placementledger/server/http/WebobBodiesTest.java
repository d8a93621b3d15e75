package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorKind;

/** Placement's error texts, as webob renders its templates (the reference's answers, byte for byte). */
class WebobBodiesTest {

    private static final WebobBodies.Environment GET_JSON = WebobBodies.Environment.of("GET", null, null);

    @Test
    void theGenericTemplateIsTheExplanationThenTheDetail() {
        assertThat(WebobBodies.jsonDetail(ErrorKind.NOT_FOUND, "No such resource class CUSTOM_NOPE.", GET_JSON))
                .isEqualTo("The resource could not be found.\n\n No such resource class CUSTOM_NOPE.  ");
        assertThat(WebobBodies.jsonDetail(ErrorKind.NOT_FOUND, "", GET_JSON))
                .isEqualTo("The resource could not be found.\n\n   ");
    }

    @Test
    void methodAcceptAndContentTypeTemplatesNameTheRequest() {
        assertThat(WebobBodies.jsonDetail(ErrorKind.METHOD_NOT_ALLOWED,
                "The method specified is not allowed for this resource.", WebobBodies.Environment.of("PATCH", null, null)))
                .isEqualTo("The method PATCH is not allowed for this resource. \n\n "
                        + "The method specified is not allowed for this resource.");
        assertThat(WebobBodies.jsonDetail(ErrorKind.NOT_ACCEPTABLE, "Invalid microversion: Unacceptable version "
                + "header: 2.0", WebobBodies.Environment.of("GET", "*/*", null)))
                .isEqualTo("The resource could not be generated that was acceptable to your browser (content of "
                        + "type application/json. \n\n Invalid microversion: Unacceptable version header: 2.0");
        assertThat(WebobBodies.jsonDetail(ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                "The media type text/plain is not supported, use application/json",
                WebobBodies.Environment.of("POST", "application/json", "text/plain")))
                .isEqualTo("The request media type text/plain is not supported by this server. \n\n "
                        + "The media type text/plain is not supported, use application/json");
        // no Content-Type at all: webob formats Python's None
        assertThat(WebobBodies.jsonDetail(ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                "The media type None is not supported, use application/json",
                WebobBodies.Environment.of("PUT", "application/json", null)))
                .isEqualTo("The request media type None is not supported by this server. \n\n "
                        + "The media type None is not supported, use application/json");
    }

    @Test
    void plainAndHtmlFormsKeepTheTemplate() {
        WebobBodies.Environment plain = WebobBodies.Environment.of("GET", "text/plain", null);
        assertThat(WebobBodies.plain(406, "Not Acceptable", ErrorKind.NOT_ACCEPTABLE,
                "Only application/json is provided", plain))
                .isEqualTo("406 Not Acceptable\n\nThe resource could not be generated that was acceptable to your "
                        + "browser (content of type text/plain. \n\n Only application/json is provided");
        assertThat(WebobBodies.html(406, "Not Acceptable", ErrorKind.NOT_ACCEPTABLE,
                "Invalid microversion: Unacceptable version header: 2.0", WebobBodies.Environment.of("GET", "text/html", null)))
                .isEqualTo("<html>\n <head>\n  <title>406 Not Acceptable</title>\n </head>\n <body>\n"
                        + "  <h1>406 Not Acceptable</h1>\n  The resource could not be generated that was acceptable "
                        + "to your browser\n(content of type text/html. <br /><br />\n"
                        + "Invalid microversion: Unacceptable version header: 2.0\n </body>\n</html>");
    }

    @Test
    void anErrorTakesTheFormTheClientPrefers() {
        assertThat(ContentChecks.errorForm("application/json")).isEqualTo(ContentChecks.ErrorForm.JSON);
        assertThat(ContentChecks.errorForm("text/html")).isEqualTo(ContentChecks.ErrorForm.HTML);
        assertThat(ContentChecks.errorForm("text/html;q=0.5, application/json")).isEqualTo(ContentChecks.ErrorForm.JSON);
        assertThat(ContentChecks.errorForm("text/plain")).isEqualTo(ContentChecks.ErrorForm.PLAIN);
        assertThat(ContentChecks.errorForm("a/b/c;;q=x")).isEqualTo(ContentChecks.ErrorForm.HTML);
    }
}
