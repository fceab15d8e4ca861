package org.peersupport.safety;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where moderators are reached in Telegram ({@code peer.moderators}).
 *
 * @param chatId the moderators' group chat that gets alerts; without it alerts are only
 * logged (by pseudonymous reference)
 * @param locale the language of alerts
 */
@ConfigurationProperties("peer.moderators")
public record ModeratorsProperties(Long chatId, @DefaultValue("en") String locale) {

}
