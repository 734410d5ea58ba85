package city.gridline.intake.limits.adapter.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedHeaderTest {

    @Test
    void xForwardedForNamesOneNodePerEntryAcrossItsLines() {
        assertThat(ForwardedHeader.X_FORWARDED_FOR.nodes(headers("X-Forwarded-For", "203.0.113.7, 10.0.0.1", "10.0.0.2")))
                .containsExactly("203.0.113.7", "10.0.0.1", "10.0.0.2");
    }

    @Test
    void forwardedNamesEachElementsForNode() {
        assertThat(ForwardedHeader.FORWARDED.nodes(headers("Forwarded",
                "for=192.0.2.60;proto=http;by=203.0.113.43, for=\"[2001:db8:cafe::17]:4711\"", "For=10.0.0.2")))
                .containsExactly("192.0.2.60", "[2001:db8:cafe::17]:4711", "10.0.0.2");
    }

    @Test
    void theParameterMayStandAnywhereInItsElementAndHaveSpacesAroundIt() {
        assertThat(ForwardedHeader.FORWARDED.nodes(headers("Forwarded", "proto=https; for = 192.0.2.60 ;host=x")))
                .containsExactly("192.0.2.60");
    }

    @Test
    void anElementWithoutForNamesNoNode() {
        assertThat(ForwardedHeader.FORWARDED.nodes(headers("Forwarded", "for=192.0.2.60, proto=https;by=10.0.0.1")))
                .containsExactly("192.0.2.60", "");
    }

    @Test
    void aQuotedStringKeepsItsSeparatorsSoAClientCannotSplitAnElement() {
        assertThat(ForwardedHeader.FORWARDED.nodes(headers("Forwarded",
                "for=\"198.51.100.1, for=198.51.100.2\";proto=https, for=203.0.113.7")))
                .containsExactly("198.51.100.1, for=198.51.100.2", "203.0.113.7");
    }

    @Test
    void escapesInAQuotedStringAreUndoneAndAnUnterminatedOneNamesNoNode() {
        assertThat(ForwardedHeader.FORWARDED.nodes(headers("Forwarded", "for=\"_a\\\"b\", for=\"203.0.113.7")))
                .as("the open quote swallows the rest of the line").containsExactly("_a\"b", "");
    }

    @Test
    void eachHeaderReadsOnlyItsOwnName() {
        HttpHeaders both = new HttpHeaders();
        both.add("X-Forwarded-For", "198.51.100.1");
        both.add("Forwarded", "for=203.0.113.7");

        assertThat(ForwardedHeader.X_FORWARDED_FOR.nodes(both)).containsExactly("198.51.100.1");
        assertThat(ForwardedHeader.FORWARDED.nodes(both)).containsExactly("203.0.113.7");
        assertThat(ForwardedHeader.FORWARDED.nodes(new HttpHeaders())).isEmpty();
    }

    private static HttpHeaders headers(String name, String... lines) {
        HttpHeaders headers = new HttpHeaders();
        for (String line : lines) {
            headers.add(name, line);
        }
        return headers;
    }
}
