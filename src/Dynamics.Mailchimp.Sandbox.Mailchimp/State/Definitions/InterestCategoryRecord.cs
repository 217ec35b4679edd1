namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

/// <summary>An interest category (group title) of an audience.</summary>
internal sealed record InterestCategoryRecord(string Id, string Title, string Type, int DisplayOrder);
