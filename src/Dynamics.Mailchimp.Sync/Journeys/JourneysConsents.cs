namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>
/// The email consent records read for a batch of addresses: data the push's decide step and the pull's writer look
/// consents up in. <see cref="None"/> in an org without Journeys or with no audience mapped to a purpose.
/// </summary>
/// <param name="records">The active records.</param>
public sealed class JourneysConsents(IReadOnlyList<ContactPointConsent> records)
{
    // By trimmed address, case-insensitive (as ContactPointConsent.IsFor compares): a lookup per member instead of a scan
    // of every record read for the cycle.
    private readonly ILookup<string, ContactPointConsent> byAddress = records.ToLookup(record => record.Address.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the empty set.</summary>
    public static JourneysConsents None { get; } = new([]);

    /// <summary>Gets the records.</summary>
    public IReadOnlyList<ContactPointConsent> Records => records;

    /// <summary>The records of <paramref name="address"/> for <paramref name="purpose"/>.</summary>
    /// <param name="address">The address.</param>
    /// <param name="purpose">The purpose and topic.</param>
    /// <returns>Usually none or one; Journeys does not prevent two.</returns>
    public IReadOnlyList<ContactPointConsent> Find(string address, JourneysPurpose purpose) =>
        byAddress[address.Trim()].Where(record => record.IsFor(address, purpose)).ToArray();

    /// <summary>
    /// The consent of <paramref name="address"/> for <paramref name="purpose"/>: opted out when any of its records says
    /// so (the safe reading of two records that disagree), else opted in when one does, else <see langword="null"/>
    /// (no record, or Not Set).
    /// </summary>
    /// <param name="address">The address.</param>
    /// <param name="purpose">The purpose and topic.</param>
    /// <returns>The consent, or null.</returns>
    public ConsentValue? For(string address, JourneysPurpose purpose)
    {
        var values = Find(address, purpose).Select(record => record.Value).ToArray();
        return values.Contains(ConsentValue.OptedOut) ? ConsentValue.OptedOut
            : values.Contains(ConsentValue.OptedIn) ? ConsentValue.OptedIn
            : null;
    }
}
