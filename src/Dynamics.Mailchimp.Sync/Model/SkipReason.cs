namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>A skip: a code to count and filter by, and a sentence naming the record for the queue row.</summary>
/// <param name="Code">The code.</param>
/// <param name="Text">The sentence, naming the record, row or list.</param>
public sealed record SkipReason(SkipCode Code, string Text)
{
    /// <summary>"NeverResubscribe: contact 6f1c… (ada@example.org) is unsubscribed in Mailchimp; …".</summary>
    /// <returns>The text written to the row's outcome (<c>dmc_outcome</c>).</returns>
    public override string ToString() => $"{Code}: {Text}";
}
