using System.ComponentModel.DataAnnotations;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp;

/// <summary>An audience the sandbox creates at start-up and on reset, with the default merge fields FNAME, LNAME, ADDRESS and PHONE.</summary>
public sealed class SandboxAudienceSeed
{
    /// <summary>Gets or sets the list id.</summary>
    /// <value>Defaults to <c>a1b2c3d4e5</c>.</value>
    [Required]
    [RegularExpression("^[0-9a-z]{10}$")]
    public string Id { get; set; } = MailchimpSandboxDefaults.AudienceId;

    /// <summary>Gets or sets the audience name.</summary>
    /// <value>Defaults to <c>Sandbox Audience</c>.</value>
    [Required]
    public string Name { get; set; } = MailchimpSandboxDefaults.AudienceName;
}
