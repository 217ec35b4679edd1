namespace Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

/// <summary>What "ensure merge fields" did with one definition.</summary>
public enum MergeFieldEnsureOutcome
{
    /// <summary>A field with that tag already existed; nothing was sent.</summary>
    Existing,

    /// <summary>The field was created.</summary>
    Created,

    /// <summary>Creation failed; see <see cref="MergeFieldEnsureResult.Error"/>.</summary>
    Failed,
}
