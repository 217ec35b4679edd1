using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.MailchimpApi.Configuration;

/// <summary>
/// Checks <see cref="MailchimpClientOptions"/> against its attributes and its cross-field rules
/// (<see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) with code generated at compile time
/// (<see cref="OptionsValidatorAttribute"/>): reflection-based DataAnnotations validation is not available in the
/// natively compiled dmc.
/// </summary>
[OptionsValidator]
public sealed partial class MailchimpClientOptionsValidator : IValidateOptions<MailchimpClientOptions>;
