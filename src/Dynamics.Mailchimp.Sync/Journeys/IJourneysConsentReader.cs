namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>Reads email contact point consent records, where the org has them.</summary>
public interface IJourneysConsentReader
{
    /// <summary>Whether the org has the contact point consent table; asked of Dataverse once, then remembered.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> in an org with Customer Insights – Journeys.</returns>
    Task<bool> IsAvailableAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The active email consent records of <paramref name="addresses"/> for <paramref name="purposes"/>, in one
    /// <c>$batch</c>; <see cref="JourneysConsents.None"/> without a call when either is empty, and after the one check when
    /// the org has no consent table.
    /// </summary>
    /// <param name="addresses">The addresses.</param>
    /// <param name="purposes">The purposes (and topics) of the audiences concerned.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The records.</returns>
    Task<JourneysConsents> ReadAsync(IReadOnlyCollection<string> addresses, IReadOnlyCollection<JourneysPurpose> purposes, CancellationToken cancellationToken);
}
