// Parses T-SQL files with the ANTLR T-SQL grammar (antlr4ts-sql, rule tsql_file) and prints, per
// file, the syntax errors, every statement with its kind (e.g. dml_clause/select_statement_standalone,
// another_statement/execute_statement), every EXEC with its procedure and arguments (positional ones
// with a null name; string values evaluated from literals, NCHAR()/CHAR() and variables set by
// DECLARE or SET; `template` shows any other expression as «its text»), and every bracketed identifier. A variable declared twice in one
// batch is reported as an error, as SQL Server refuses to run such a batch.
// Usage: node parse-tsql.cjs <file>...
const fs = require('node:fs');
const { antlr4tsSQL, SQLDialect } = require('antlr4ts-sql');

function parse(file) {
  const sql = fs.readFileSync(file, 'utf8');
  const parser = new antlr4tsSQL(SQLDialect.TSQL).getParserFromSQL(sql);
  const result = { file, errors: [], statements: [], executions: [], identifiers: [], declarations: {} };
  const templates = {};
  let declaredInBatch = new Set();
  parser.removeErrorListeners();
  parser.addErrorListener({ syntaxError: (r, o, line, column, message) => result.errors.push({ line, column: column + 1, message }) });
  const tree = parser.tsql_file();
  const rule = (n) => (n.ruleIndex !== undefined ? parser.ruleNames[n.ruleIndex] : null);
  // token text is sliced from the source: the case-insensitive stream does not keep it
  const text = (n) => (n.symbol ? sql.substring(n.symbol.startIndex, n.symbol.stopIndex + 1)
    : n.start && n.stop ? sql.substring(n.start.startIndex, n.stop.stopIndex + 1) : '');
  const literal = (t) => {
    const m = /^N?'([\s\S]*)'$/.exec(t);
    return m ? m[1].replace(/''/g, "'") : null;
  };
  // lenient: an expression that is not a constant string becomes «its text» instead of null
  const evaluate = (n, lenient = false) => {
    const t = text(n).trim();
    const lit = literal(t);
    if (lit !== null && !/^N?'[\s\S]*'\s*\+/.test(t)) return lit;
    const ch = /^N?CHAR\s*\(\s*(\d+)\s*\)$/i.exec(t);
    if (ch) return String.fromCodePoint(Number(ch[1]));
    if (/^@\w+$/.test(t)) {
      const known = (lenient ? templates : result.declarations)[t.toLowerCase()];
      return known ?? (lenient ? `«${t}»` : null);
    }
    if (rule(n) === 'constant') return t;
    const kids = (n.children || []).filter((c) => rule(c) === 'expression');
    if (kids.length === 2 && n.children.some((c) => !rule(c) && text(c) === '+')) {
      const a = evaluate(kids[0], lenient);
      const b = evaluate(kids[1], lenient);
      return a === null || b === null ? null : a + b;
    }
    const bracketed = n.children && n.children.length === 3 && text(n.children[0]) === '(' && text(n.children[2]) === ')';
    if (kids.length === 1 && (n.children.length === 1 || bracketed)) return evaluate(kids[0], lenient);
    const only = (n.children || []).filter((c) => rule(c));
    if (only.length === 1 && n.children.length === 1) return evaluate(only[0], lenient);
    return lenient ? `«${t}»` : null;
  };
  const assign = (variable, expression) => {
    result.declarations[variable] = evaluate(expression);
    templates[variable] = evaluate(expression, true);
  };
  const visit = (n) => {
    const name = rule(n);
    if (name === 'go_batch_statement') declaredInBatch = new Set();
    if (name === 'declare_local') {
      const variable = text(n.children[0]).toLowerCase();
      if (declaredInBatch.has(variable)) {
        result.errors.push({ line: n.start.line, column: n.start.charPositionInLine + 1,
          message: `The variable name '${text(n.children[0])}' has already been declared in this batch` });
      }
      declaredInBatch.add(variable);
      const expression = n.children.find((c) => rule(c) === 'expression');
      if (expression) assign(variable, expression);
    }
    if (name === 'set_statement' && n.children.length >= 4 && !rule(n.children[1]) && text(n.children[2]) === '=') {
      const expression = n.children.find((c) => rule(c) === 'expression');
      if (expression) assign(text(n.children[1]).toLowerCase(), expression);
    }
    if (name === 'execute_body' || name === 'execute_body_batch') {
      const proc = n.children.find((c) => rule(c) === 'func_proc_name_server_database_schema');
      const args = [];
      const collect = (a) => {
        if (rule(a) === 'execute_statement_arg_unnamed') {
          const parameter = a.children.find((c) => rule(c) === 'execute_parameter');
          args.push({ name: null, text: text(parameter), value: parameter ? evaluate(parameter) : null,
            template: parameter ? evaluate(parameter, true) : null });
        }
        if (rule(a) === 'execute_statement_arg_named') {
          const parameter = a.children.find((c) => rule(c) === 'execute_parameter');
          args.push({ name: text(a.children[0]), text: text(parameter), value: parameter ? evaluate(parameter) : null,
            template: parameter ? evaluate(parameter, true) : null });
        }
        (a.children || []).forEach(collect);
      };
      n.children.filter((c) => rule(c) === 'execute_statement_arg').forEach(collect);
      result.executions.push({ procedure: proc ? text(proc) : null, line: n.start.line, arguments: args });
    }
    if (name === 'sql_clauses') {
      const kind = (n.children || []).find((c) => rule(c));
      const detail = kind && (kind.children || []).find((c) => rule(c));
      result.statements.push({ line: n.start.line, kind: kind ? rule(kind) + (detail ? '/' + rule(detail) : '') : null });
    }
    if (name === 'id') {
      const t = text(n);
      if (t.startsWith('[')) result.identifiers.push({ line: n.start.line, value: t.slice(1, -1).replace(/]]/g, ']') });
    }
    (n.children || []).forEach(visit);
  };
  visit(tree);
  return result;
}

console.log(JSON.stringify(process.argv.slice(2).map(parse)));
