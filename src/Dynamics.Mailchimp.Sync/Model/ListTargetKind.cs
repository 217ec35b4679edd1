namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>What a synced marketing list maps to inside its Mailchimp audience.</summary>
public enum ListTargetKind
{
    /// <summary>The whole audience: joining adds the member, leaving archives (or unsubscribes) it.</summary>
    Audience,

    /// <summary>A tag (a static segment): joining tags the member, leaving removes the tag.</summary>
    Tag,

    /// <summary>An interest (group): joining sets it true, leaving sets it false.</summary>
    Interest,
}
