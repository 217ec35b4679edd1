namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>A Failed queue row as <c>dmc status</c> lists it.</summary>
/// <param name="Id">The row id.</param>
/// <param name="Name">The row's primary name.</param>
/// <param name="Kind">The kind's name (<c>MemberChanged</c>, …) or the raw option value when no plug-in writes it.</param>
/// <param name="Record">The changed record as <c>table id</c>, or empty.</param>
/// <param name="Attempts">Tries so far.</param>
/// <param name="Error">The last error (<c>dmc_lasterror</c>).</param>
/// <param name="ModifiedOn">When the row last changed.</param>
public sealed record FailedRow(Guid Id, string? Name, string Kind, string Record, int Attempts, string? Error, DateTimeOffset? ModifiedOn);
