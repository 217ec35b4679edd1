namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>The columns of a lead created for an unmatched Mailchimp member.</summary>
/// <param name="Email">The member's address (<c>emailaddress1</c>).</param>
/// <param name="FirstName">The <c>FNAME</c> merge field (<c>firstname</c>), when set.</param>
/// <param name="LastName">The <c>LNAME</c> merge field (<c>lastname</c>), when set; the address when neither name is set, so the lead has a name.</param>
public sealed record NewLead(string Email, string? FirstName, string? LastName);
