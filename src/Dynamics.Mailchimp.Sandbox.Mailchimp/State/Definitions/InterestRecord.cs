namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

/// <summary>An interest (group name) inside a category.</summary>
internal sealed record InterestRecord(string Id, string CategoryId, string Name, int DisplayOrder);
