namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>
/// The Customer Insights – Journeys purpose an audience's mail is sent for, and optionally its topic and compliance
/// profile: the text ids of <c>dmc_purposeid</c>, <c>dmc_topicid</c> and <c>dmc_complianceprofileid</c> on the audience's
/// <c>dmc_audiencesetting</c> row. The consent record for it is the topic's when a topic is set, else the purpose's.
/// </summary>
/// <param name="PurposeId">The <c>msdynmkt_purpose</c> id.</param>
/// <param name="TopicId">The <c>msdynmkt_topic</c> id, or <see langword="null"/> for purpose-level consent.</param>
/// <param name="ComplianceProfileId">The compliance profile id, kept for people reading the setting; the records do not carry it.</param>
public sealed record JourneysPurpose(Guid PurposeId, Guid? TopicId, Guid? ComplianceProfileId)
{
    /// <summary>The purpose configured on an audience setting row, or <see langword="null"/> when its purpose id is empty.</summary>
    /// <param name="audienceId">The audience, for the error.</param>
    /// <param name="purpose">The <c>dmc_purposeid</c> text.</param>
    /// <param name="topic">The <c>dmc_topicid</c> text.</param>
    /// <param name="complianceProfile">The <c>dmc_complianceprofileid</c> text.</param>
    /// <returns>The purpose, or null.</returns>
    /// <exception cref="JourneysSettingException">A non-empty id is not a GUID, or a topic or profile is set without a purpose.</exception>
    public static JourneysPurpose? Parse(string audienceId, string? purpose, string? topic, string? complianceProfile)
    {
        var purposeId = ParseId(audienceId, "dmc_purposeid", purpose);
        var topicId = ParseId(audienceId, "dmc_topicid", topic);
        var profileId = ParseId(audienceId, "dmc_complianceprofileid", complianceProfile);
        if (purposeId is { } id)
        {
            return new JourneysPurpose(id, topicId, profileId);
        }

        return topicId is null && profileId is null
            ? null
            : throw new JourneysSettingException(audienceId, "has a Journeys topic or compliance profile id but no purpose id (dmc_purposeid); set the purpose, or clear both");
    }

    private static Guid? ParseId(string audienceId, string column, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Guid.TryParse(text.Trim(), out var id)
            ? id
            : throw new JourneysSettingException(audienceId, $"has '{text}' in {column}, which is not a record id (a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301)");
    }
}
