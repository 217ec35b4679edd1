using System.Collections;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>One condition: a column, an operator and its values.</summary>
    public sealed class ConditionExpression
    {
        /// <summary>An empty condition.</summary>
        public ConditionExpression()
        {
            Values = new DataCollection<object>();
        }

        /// <summary>A condition with no value (for example Null).</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
            : this(null, attributeName, conditionOperator, new object[0])
        {
        }

        /// <summary>A condition over a collection of values.</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
            : this()
        {
            AttributeName = attributeName;
            Operator = conditionOperator;
            foreach (var value in values)
            {
                Values.Add(value);
            }
        }

        /// <summary>A condition with one value.</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
            : this(null, attributeName, conditionOperator, new[] { value })
        {
        }

        /// <summary>A condition with values.</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
            : this(null, attributeName, conditionOperator, values)
        {
        }

        /// <summary>A condition on a linked table's column (by alias) with values.</summary>
        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
            : this()
        {
            EntityName = entityName;
            AttributeName = attributeName;
            Operator = conditionOperator;
            Values.AddRange(values ?? new object[0]);
        }

        /// <summary>The column's logical name.</summary>
        public string AttributeName { get; set; }

        /// <summary>The linked table's alias or name, when the column is not on the query's table.</summary>
        public string EntityName { get; set; }

        /// <summary>The operator.</summary>
        public ConditionOperator Operator { get; set; }

        /// <summary>The values.</summary>
        public DataCollection<object> Values { get; }
    }
}
