using Dynamics.Mailchimp.Sync.Pull.Read;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>One member re-read for a webhook event.</summary>
/// <param name="Member">The member, or <see langword="null"/> when Mailchimp has none (or the read failed).</param>
/// <param name="Error">Why the read failed, without the address.</param>
public sealed record WebhookMemberRead(PulledMember? Member, string? Error);
