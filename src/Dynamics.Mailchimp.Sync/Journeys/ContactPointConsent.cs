namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>One active email contact point consent record, as read.</summary>
/// <param name="Id">The record id.</param>
/// <param name="Address">The address (<c>msdynmkt_contactpointvalue</c>).</param>
/// <param name="PurposeId">The purpose.</param>
/// <param name="TopicId">The topic, or <see langword="null"/> for a purpose consent.</param>
/// <param name="Value">The consent.</param>
public sealed record ContactPointConsent(Guid Id, string Address, Guid PurposeId, Guid? TopicId, ConsentValue Value)
{
    /// <summary>Gets a value indicating whether the record is the consent of <paramref name="address"/> for <paramref name="purpose"/> (its topic, or the purpose itself without one).</summary>
    /// <param name="address">The address, compared case-insensitively as Dataverse compares text.</param>
    /// <param name="purpose">The purpose and topic.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool IsFor(string address, JourneysPurpose purpose) =>
        PurposeId == purpose.PurposeId && TopicId == purpose.TopicId && string.Equals(Address.Trim(), address.Trim(), StringComparison.OrdinalIgnoreCase);
}
