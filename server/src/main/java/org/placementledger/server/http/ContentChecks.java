package org.placementledger.server.http;

import java.util.List;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;

/** Placement's content-type and accept checks, at the router and at the handler. */
final class ContentChecks {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private ContentChecks() {
    }

    /** A body needs a content type (router level, before any handler). */
    static void checkRouterLevel(HttpServletRequest req) {
        String length = req.getHeader("Content-Length");
        if (length == null) {
            return;
        }
        long n;
        try {
            n = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw PlacementException.badRequest("content-length header must be an integer");
        }
        if (n > 0 && (req.getContentType() == null || req.getContentType().isEmpty())) {
            throw PlacementException.badRequest("content-type header required when content-length > 0");
        }
    }

    static void checkHandlerLevel(Route route, HttpServletRequest req, byte[] body) {
        if (route.isGet() && !(route.ndjson() && prefersNdjson(req.getHeader("Accept")))) {
            checkAccept(req.getHeader("Accept"));
        }
        if (route.body() == Route.BodyKind.JSON) {
            String type = mediaType(req.getContentType());
            if (!"application/json".equals(type)) {
                throw new PlacementException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, ErrorCode.UNDEFINED,
                        "The media type " + (type == null ? "None" : type) + " is not supported, use application/json");
            }
        }
    }

    private static void checkAccept(String accept) {
        if (!acceptsJson(accept)) {
            throw new PlacementException(ErrorKind.NOT_ACCEPTABLE, ErrorCode.UNDEFINED,
                    "Only application/json is provided");
        }
    }

    /** Whether an Accept header admits JSON; no header at all does. */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            for (MediaType type : types) {
                if (type.getQualityValue() > 0 && type.includes(MediaType.APPLICATION_JSON)) {
                    return true;
                }
            }
        } catch (InvalidMediaTypeException e) {
            // an unreadable Accept header accepts nothing
        }
        return false;
    }

    /** The form webob gives an error: the better of text/html and application/json, else plain text. */
    enum ErrorForm { HTML, JSON, PLAIN }

    static ErrorForm errorForm(String normalizedAccept) {
        try {
            MediaType.parseMediaTypes(normalizedAccept);
        } catch (InvalidMediaTypeException e) {
            return ErrorForm.HTML; // webob takes an unreadable Accept as accepting anything: its first offer
        }
        double html = quality(normalizedAccept, MediaType.TEXT_HTML);
        double json = quality(normalizedAccept, MediaType.APPLICATION_JSON);
        if (html <= 0 && json <= 0) {
            return ErrorForm.PLAIN;
        }
        return html >= json ? ErrorForm.HTML : ErrorForm.JSON;
    }

    /** The quality the most specific range of an Accept header gives a media type (0: not acceptable). */
    private static double quality(String accept, MediaType offer) {
        double quality = 0;
        int specificity = -1;
        try {
            for (MediaType range : MediaType.parseMediaTypes(accept)) {
                if (!range.includes(offer)) {
                    continue;
                }
                int s = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
                if (s > specificity) {
                    specificity = s;
                    quality = range.getQualityValue();
                }
            }
        } catch (InvalidMediaTypeException e) {
            return 0;
        }
        return quality;
    }

    /** Whether an Accept header asks for NDJSON at least as much as for JSON (an explicit choice). */
    static boolean prefersNdjson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double ndjson = 0;
        double json = 0;
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (NDJSON.equalsTypeAndSubtype(type)) {
                    ndjson = Math.max(ndjson, type.getQualityValue());
                } else if (type.includes(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return ndjson > 0 && ndjson >= json;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase();
    }
}
