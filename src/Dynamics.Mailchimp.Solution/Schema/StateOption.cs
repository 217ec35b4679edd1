namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>One value of a state (<c>statecode</c>) column, with the status reason a row gets when none is given.</summary>
/// <param name="Value">The state value, for example 1 for a qualified lead.</param>
/// <param name="InvariantName">The state's invariant name, for example <c>Qualified</c>; Dataverse errors name the state by it.</param>
/// <param name="DefaultStatus">The status reason (<c>statuscode</c>) a row in this state gets by default.</param>
public sealed record StateOption(int Value, string InvariantName, int DefaultStatus);
