package com.briefingdesk.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileDownloadTest {

    @Test
    void sendsTheContentMadeAtTheClickUnderTheNameGivenAfterIt() throws Exception {
        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(sent);
        DownloadEvent event = new DownloadEvent(mock(VaadinRequest.class), response, mock(VaadinSession.class), null);
        List<String> order = new ArrayList<>();

        FileDownload.of(() -> {
            order.add("name");
            return "report-2026-11.csv";
        }, "text/csv;charset=UTF-8", () -> {
            order.add("content");
            return "单位,分数".getBytes(StandardCharsets.UTF_8);
        }).handleDownloadRequest(event);

        assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("单位,分数");
        assertThat(order).containsExactly("content", "name");
        verify(response).setContentType("text/csv;charset=UTF-8");
        verify(response).setHeader(eq("Content-Disposition"), contains("report-2026-11.csv"));
    }
}
