namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// Option values of <c>dmc_exitaction</c> (<c>list_dmc_exitaction</c> in solution/src/Entities/List/Entity.xml).
/// </summary>
public static class ListExitActions
{
    /// <summary>Remove the tag or interest.</summary>
    public const int RemoveFromTarget = 100000000;

    /// <summary>Archive the member.</summary>
    public const int Archive = 100000001;

    /// <summary>Unsubscribe the member.</summary>
    public const int Unsubscribe = 100000002;

    /// <summary>The exit action of an option value; an empty or unknown value removes the tag or interest only.</summary>
    /// <param name="value">The <c>dmc_exitaction</c> value.</param>
    /// <returns>The action.</returns>
    public static ListExitAction From(int? value) => value switch
    {
        Archive => ListExitAction.Archive,
        Unsubscribe => ListExitAction.Unsubscribe,
        _ => ListExitAction.RemoveFromTarget,
    };
}
