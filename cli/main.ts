console.log('cli args', process.argv.slice(2))
