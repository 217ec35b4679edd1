using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.Dataverse.Configuration;

/// <summary>
/// Checks <see cref="DataverseClientOptions"/> against its attributes and its cross-field rules
/// (<see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) with code generated at compile time
/// (<see cref="OptionsValidatorAttribute"/>): reflection-based DataAnnotations validation is not available in the
/// natively compiled dmc.
/// </summary>
[OptionsValidator]
public sealed partial class DataverseClientOptionsValidator : IValidateOptions<DataverseClientOptions>;
