// Parses T-SQL files with the ANTLR T-SQL grammar (antlr4ts-sql, rule tsql_file) and prints, per
// file, the syntax errors, every EXEC with its procedure and named arguments (string values
// evaluated from literals, NCHAR()/CHAR() and DECLAREd variables), and every bracketed identifier.
// Usage: node parse-tsql.cjs <file>...
const fs = require('node:fs');
const { antlr4tsSQL, SQLDialect } = require('antlr4ts-sql');

function parse(file) {
  const sql = fs.readFileSync(file, 'utf8');
  const parser = new antlr4tsSQL(SQLDialect.TSQL).getParserFromSQL(sql);
  const result = { file, errors: [], executions: [], identifiers: [], declarations: {} };
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
  const evaluate = (n) => {
    const t = text(n).trim();
    const lit = literal(t);
    if (lit !== null && !/^N?'[\s\S]*'\s*\+/.test(t)) return lit;
    const ch = /^N?CHAR\s*\(\s*(\d+)\s*\)$/i.exec(t);
    if (ch) return String.fromCodePoint(Number(ch[1]));
    if (/^@\w+$/.test(t)) return result.declarations[t.toLowerCase()] ?? null;
    const kids = (n.children || []).filter((c) => rule(c) === 'expression');
    if (kids.length === 2 && n.children.some((c) => !rule(c) && text(c) === '+')) {
      const a = evaluate(kids[0]);
      const b = evaluate(kids[1]);
      return a === null || b === null ? null : a + b;
    }
    if (kids.length === 1) return evaluate(kids[0]);
    const only = (n.children || []).filter((c) => rule(c));
    return only.length === 1 ? evaluate(only[0]) : null;
  };
  const visit = (n) => {
    const name = rule(n);
    if (name === 'declare_local') {
      const variable = text(n.children[0]).toLowerCase();
      const expression = n.children.find((c) => rule(c) === 'expression');
      if (expression) result.declarations[variable] = evaluate(expression);
    }
    if (name === 'execute_body' || name === 'execute_body_batch') {
      const proc = n.children.find((c) => rule(c) === 'func_proc_name_server_database_schema');
      const args = [];
      const collect = (a) => {
        if (rule(a) === 'execute_statement_arg_named') {
          const parameter = a.children.find((c) => rule(c) === 'execute_parameter');
          args.push({ name: text(a.children[0]), text: text(parameter), value: parameter ? evaluate(parameter) : null });
        }
        (a.children || []).forEach(collect);
      };
      n.children.filter((c) => rule(c) === 'execute_statement_arg').forEach(collect);
      result.executions.push({ procedure: proc ? text(proc) : null, line: n.start.line, arguments: args });
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
