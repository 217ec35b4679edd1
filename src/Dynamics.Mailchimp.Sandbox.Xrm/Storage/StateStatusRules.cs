using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Storage;

/// <summary>
/// State and status reason belong together, as Dataverse enforces: a status reason must belong to the row's state, and a
/// state written without a status reason gets the state's default (Microsoft's table references list each state's
/// DefaultStatus and each status reason's State; lead: 0 Open/1 New, 1 Qualified/3 Qualified, 2 Disqualified/4 Lost).
/// </summary>
internal static class StateStatusRules
{
    public const string StateColumn = "statecode";
    public const string StatusColumn = "statuscode";

    /// <summary>
    /// Completes <paramref name="row"/> (the row as it will be stored) after <paramref name="written"/> was applied:
    /// on a create, or when the state is written, a missing status reason becomes the state's default; a written
    /// status reason must belong to the row's state.
    /// </summary>
    /// <exception cref="OrganizationServiceFaultException">0x80048408 when the status reason does not belong to the state.</exception>
    public static void Apply(TableDefinition table, Entity written, Entity row, bool creating)
    {
        if (!table.Columns.TryGetValue(StateColumn, out var state) || !table.Columns.TryGetValue(StatusColumn, out var status) || state.States.Count == 0)
        {
            return;
        }

        var stateValue = row.GetAttributeValue<OptionSetValue>(StateColumn)?.Value ?? 0;
        var stateOption = state.States.FirstOrDefault(s => s.Value == stateValue);
        if (stateOption is null)
        {
            return; // RowValidator has already refused a state the column does not declare.
        }

        if (!written.Contains(StatusColumn) || written[StatusColumn] is null)
        {
            if (creating || written.Contains(StateColumn))
            {
                row[StatusColumn] = new OptionSetValue(stateOption.DefaultStatus);
            }

            return;
        }

        var statusValue = row.GetAttributeValue<OptionSetValue>(StatusColumn)!.Value;
        if (!status.StatusStates.TryGetValue(statusValue, out var owner) || owner != stateValue)
        {
            throw new OrganizationServiceFaultException(
                OrganizationErrorCodes.InvalidStateCodeStatusCode,
                $"{statusValue} is not a valid status code for state code {SchemaName(table)}State.{stateOption.InvariantName} on {table.LogicalName} with Id {row.Id}.");
        }
    }

    private static string SchemaName(TableDefinition table) =>
        table.LogicalName.Length == 0 ? table.LogicalName : char.ToUpperInvariant(table.LogicalName[0]) + table.LogicalName[1..];
}
