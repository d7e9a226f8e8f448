package io.throughline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Keeps a {@link Notice} for the page the browser is loading. A flash attribute goes to the first request for the
 * redirect's path, and the team page reloads its live part from that same path whenever the team changes: that
 * reload, sent by the page the form left while the redirect is under way, would take the notice and the page would
 * land without it. htmx requests never take a flash attribute; their confirmations travel as {@code HX-Trigger}.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class PageFlashMaps extends SessionFlashMapManager {

    @Override
    protected boolean isFlashMapForRequest(FlashMap flashMap, HttpServletRequest request) {
        return request.getHeader("HX-Request") == null && super.isFlashMapForRequest(flashMap, request);
    }
}
