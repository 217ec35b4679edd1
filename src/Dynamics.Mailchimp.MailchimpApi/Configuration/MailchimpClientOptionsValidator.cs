using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.MailchimpApi.Configuration;

/// <summary>
/// Checks <see cref="MailchimpClientOptions"/> against its attributes and its cross-field rules
/// (<see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) with code generated at compile time
/// (<see cref="OptionsValidatorAttribute"/>): reflection-based DataAnnotations validation is not available in the
/// natively compiled dmc.
/// </summary>
[OptionsValidator]
public sealed partial class MailchimpClientOptionsValidator : IValidateOptions<MailchimpClientOptions>
{
    /// <summary>Why a <c>[Range(typeof(TimeSpan), …)]</c> may stand despite the trimming warning on its constructor.</summary>
    internal const string OwnRangeCopy = "Checked by the generated validator, which carries its own copy of the attribute; nothing reflects on it.";
}
