namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Audiences;

/// <summary>One audience (list): its identity only; members, tags, definitions and campaigns live in their own stores.</summary>
internal sealed record AudienceRecord(string Id, long WebId, string Name, DateTimeOffset DateCreated);
