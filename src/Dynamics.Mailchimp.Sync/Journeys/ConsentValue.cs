namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>The consent a contact point consent record holds (<c>msdynmkt_value</c>).</summary>
public enum ConsentValue
{
    /// <summary>Not Set: as if there were no record.</summary>
    NotSet,

    /// <summary>Opted In.</summary>
    OptedIn,

    /// <summary>Opted Out.</summary>
    OptedOut,
}
