package com.briefingdesk.publication;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The TrueType fonts the PDF is set in, per role, each a list of files tried in turn (a font of a collection
 * as {@code file.ttc#Font Name}); a character is set in the first font of the list that has a glyph for it.
 * The defaults are free Debian fonts (fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei); an office with
 * 仿宋_GB2312, 方正小标宋, 黑体 and 楷体_GB2312 puts their files first. Only TrueType outlines (glyf) can be
 * embedded: OpenType/CFF fonts such as Noto CJK cannot.
 *
 * @param body        3号 仿宋-style text of the articles
 * @param title       小标宋-style series title and article titles
 * @param heading     黑体-style marking, column headings, bold lead phrases and first-level headings (一、)
 * @param subheading  楷体-style second-level headings (（一）)
 * @param titleStroke outline stroke in pt that thickens a light title font to 小标宋 weight; 0 for a real 小标宋
 */
@ConfigurationProperties("briefing.pdf.fonts")
public record PdfFontSettings(
        @DefaultValue({"/usr/share/fonts/truetype/arphic/ukai.ttc#AR PL UKai CN",
                "/usr/share/fonts/truetype/arphic/uming.ttc#AR PL UMing CN",
                "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYi Zen Hei"}) List<String> body,
        @DefaultValue({"/usr/share/fonts/truetype/arphic/uming.ttc#AR PL UMing CN",
                "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYi Zen Hei"}) List<String> title,
        @DefaultValue({"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYi Zen Hei",
                "/usr/share/fonts/truetype/arphic/uming.ttc#AR PL UMing CN"}) List<String> heading,
        @DefaultValue({"/usr/share/fonts/truetype/arphic/ukai.ttc#AR PL UKai CN",
                "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYi Zen Hei"}) List<String> subheading,
        @DefaultValue("0.5") float titleStroke) {

    public PdfFontSettings {
        body = List.copyOf(body);
        title = List.copyOf(title);
        heading = List.copyOf(heading);
        subheading = List.copyOf(subheading);
    }
}
